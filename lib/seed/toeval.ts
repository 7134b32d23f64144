/**
 * mulberry32: a small, fast, seeded PRNG. Same seed, same data: the demo seed
 * (lib/seed/demo.ts) and the national bench dataset (lib/bench) both draw from it.
 */
export class Toeval {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  getal(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  tussen(min: number, max: number): number {
    return min + Math.floor(this.getal() * (max - min + 1));
  }
  kans(p: number): boolean {
    return this.getal() < p;
  }
  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.getal() * lijst.length)]!;
  }
}
