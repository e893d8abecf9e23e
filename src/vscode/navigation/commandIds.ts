/** The meeting navigation commands, as contributed in package.json. */
export const NEXT_REPORT_COMMAND = 'groundedReader.nextReport';
export const PREVIOUS_REPORT_COMMAND = 'groundedReader.previousReport';
export const SHOW_ALL_REPORTS_COMMAND = 'groundedReader.showAllReports';
