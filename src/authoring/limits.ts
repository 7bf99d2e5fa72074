/**
 * Larger scenario files are refused before parsing. The cases are about 100 KB; a generated
 * 1,000-scene scenario in two languages is about 1.7 MB. Its own module, so the app can refuse a
 * file by its size without loading the validator.
 */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
