export type FaultSpec = {
  method: string;
  /** Exact pathname, without query. */
  path: string;
  /** How many matching calls it affects (default 1). */
  times?: number;
  /** Answer with this status instead of running the route. Omit for a delay-only entry. */
  status?: number;
  /** JSON value or text; ignored without `status`. */
  body?: unknown;
  delayMs?: number;
};

export type Fault = Required<Pick<FaultSpec, 'method' | 'path'>> & {
  remaining: number;
  status?: number;
  body?: unknown;
  delayMs: number;
};

/** Injected faults and latency, consumed in registration order per method + pathname. */
export class FaultRegistry {
  #faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = {
      method: spec.method.toUpperCase(),
      path: spec.path,
      remaining: spec.times ?? 1,
      status: spec.status,
      body: spec.body,
      delayMs: spec.delayMs ?? 0,
    };
    this.#faults.push(fault);
    return { ...fault };
  }

  /** Takes one use of the first matching entry. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.#faults.find(
      (candidate) => candidate.method === method.toUpperCase() && candidate.path === path
    );
    if (!fault) {
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) {
      this.#faults = this.#faults.filter((candidate) => candidate !== fault);
    }
    return { ...fault };
  }

  list(): Fault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.#faults = [];
  }
}
