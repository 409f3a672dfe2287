/**
 * Month names: for dates shown ("February 1992", «февраль 1992», «25 ноября 1994») and for dates
 * searched (an event of June 2002 is found by "june 2002" and «июне 2002»).
 */
export const MONTH_NAMES = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  ru: [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
  ],
  /** The genitive, as a day's date says it: 25 ноября. */
  ruGenitive: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
} as const;
