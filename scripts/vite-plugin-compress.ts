/**
 * Brotli and gzip copies of the build, written once the build is on disk (closeBundle): after the
 * service worker's list of files is made, so the worker never precaches the compressed copies,
 * and after public/ is copied, so robots.txt and the manifest get theirs too.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compressDirectory } from './compress.ts';

export function compressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'driehoek-compress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // A failed build leaves nothing to compress; its own error is the one to see.
      if (existsSync(outDir)) await compressDirectory(outDir);
    },
  };
}
