/**
 * At most one call per interval, each reading the state as it is when it runs: the first change
 * after a quiet spell is sent at once, later ones together at the end of the interval.
 */
export class Throttle {
  #last = -Infinity;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly intervalMs: number,
    readonly run: () => void,
  ) {}

  schedule(): void {
    if (this.#timer) return;
    const wait = this.#last + this.intervalMs - performance.now();
    if (wait <= 0) this.#fire();
    else this.#timer = setTimeout(() => this.#fire(), wait);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #fire() {
    this.#timer = undefined;
    this.#last = performance.now();
    this.run();
  }
}
