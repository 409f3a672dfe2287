// commander requires node:child_process at load time, for subcommands that are separate
// executables, which unicef-kz does not have. Loading it pulls in net, dgram and more on every
// start, so the bundle gets this stand-in that loads the real module only if it is used.
module.exports = new Proxy({}, { get: (_, name) => require("node:child_process")[name] });
