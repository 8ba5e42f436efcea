// An in-process cache whose entries live a fixed time. It lets a request skip a
// database round trip for rows that rarely change (tokens, accounts), at the cost of
// that much delay before a change made by another process shows in this one.

export class ExpiringCache<V> {
  private entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** The value if it was set less than ttlMs ago. */
  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && hit.until > Date.now() ? hit.value : undefined;
  }

  set(key: string, value: V): void {
    // Dropping everything at the bound is crude but cheap, and refilling costs one query per key.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
