/**
 * npm test — every check in one run: typecheck, lint, formatting, scenario validation, unit and
 * component tests, then the built app end to end in Chromium. Each step runs even when an earlier one failed, so one run shows everything;
 * the last line is the total, `N passed, N failed`, which CI reads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const VITEST_REPORT = '.tmp/vitest-report.json';
const E2E_REPORT = '.tmp/e2e-report.json';

interface Step {
  name: string;
  command: string[];
  /** Count the tests in this step's report instead of counting the step as one. */
  count?: () => { passed: number; failed: number; skipped: number };
}

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'validate scenarios', command: ['npx', 'tsx', 'scripts/validate.ts', '--quiet'] },
  {
    name: 'unit and component tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${VITEST_REPORT}`,
    ],
    count: () => {
      const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8'));
      return {
        passed: report.numPassedTests,
        failed: report.numFailedTests,
        skipped: report.numPendingTests + report.numTodoTests,
      };
    },
  },
  { name: 'build the app', command: ['npx', 'vite', 'build', '--logLevel', 'warn'] },
  { name: 'Chromium for end-to-end tests', command: ['bash', 'scripts/ensure-chromium.sh'] },
  {
    name: 'end-to-end tests in Chromium',
    command: ['npx', 'playwright', 'test'],
    count: () => {
      const { stats } = JSON.parse(readFileSync(E2E_REPORT, 'utf8'));
      return {
        passed: stats.expected + stats.flaky,
        failed: stats.unexpected,
        skipped: stats.skipped,
      };
    },
  },
];

mkdirSync('.tmp', { recursive: true });
rmSync(VITEST_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const [program, ...args] = step.command as [string, ...string[]];
  const { status } = spawnSync(program, args, { stdio: 'inherit' });
  let counted =
    status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  if (step.count) {
    try {
      counted = step.count();
      // A runner that failed without a failing test (a crash, a broken file) still counts as a failure.
      if (status !== 0 && counted.failed === 0) counted.failed = 1;
    } catch {
      // No report: the step itself failed before running tests; counted as one failure above.
    }
  }
  if (status !== 0) failedSteps.push(step.name);
  total.passed += counted.passed;
  total.failed += counted.failed;
  total.skipped += counted.skipped;
}
if (failedSteps.length) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(
  `\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exitCode = failedSteps.length ? 1 : 0;
