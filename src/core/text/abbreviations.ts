/**
 * Words written short with a full stop that ends no sentence: titles and forms of address before a name ("Det.
 * Sgt. Mary Holt", "Gov. Hochul"), suffixes after one ("Jr."), and other words of news text ("No.", "Inc.",
 * "Jan."). The one list the tokenizer, the statement reader's sentences and the event reader's sentences share.
 */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Sen', 'Rep', 'Gov', 'Pres', 'Sec',
  'Amb', 'Det', 'Supt', 'Insp', 'Const', 'Cpl', 'Coun', 'Cllr', 'Cmdr', 'Brig', 'St', 'Jr', 'Sr',
];
/** Months written short ("Jan. 5"). */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Others: "No. 10", "Acme Inc.", "vs.", "etc.". */
export const OTHER_ABBREVIATIONS = ['No', 'Nos', 'Inc', 'Ltd', 'Co', 'Corp', 'vs', 'etc', 'approx'];

export const ALL_ABBREVIATIONS = [...TITLE_ABBREVIATIONS, ...MONTH_ABBREVIATIONS, ...OTHER_ABBREVIATIONS];
