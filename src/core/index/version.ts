/** Set by the build to a hash of src/core, so any change to the reader invalidates cached readings. */
declare const __READER_BUILD__: string | undefined;

/** Bump the number when the cached shape changes; the build hash covers every change to the reader's code. */
export const PIPELINE_VERSION = `2-${typeof __READER_BUILD__ === 'string' ? __READER_BUILD__ : 'dev'}`;
