/**
 * Precompressed copies of the built files, so that the server sends brotli or gzip without
 * compressing on every request: `file.br` and `file.gz` next to each text file worth compressing.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text formats the app ships; images other than SVG are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|yaml)$/;
/** Below this a compressed copy saves less than the response's headers weigh. */
const MIN_BYTES = 1024;

/** Write `.br` and `.gz` beside `file` when they are smaller than it; resolves to the copies written. */
export async function compressFile(file: string): Promise<string[]> {
  const source = await readFile(file);
  if (source.length < MIN_BYTES) return [];
  const copies = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }).then((data) => [`${file}.br`, data] as const),
    gzipped(source, { level: constants.Z_BEST_COMPRESSION }).then(
      (data) => [`${file}.gz`, data] as const,
    ),
  ]);
  const smaller = copies.filter(([, data]) => data.length < source.length);
  await Promise.all(smaller.map(([path, data]) => writeFile(path, data)));
  return smaller.map(([path]) => path);
}

/**
 * Compress every compressible file under `dir` (recursively, in parallel on zlib's thread pool);
 * resolves to the copies written.
 */
export async function compressDirectory(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  const written = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      if ((await stat(path)).isDirectory()) return compressDirectory(path);
      return COMPRESSIBLE.test(name) ? compressFile(path) : [];
    }),
  );
  return written.flat();
}
