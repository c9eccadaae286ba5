// BoundedCache: the run-long caches of ProjectFacts forget their least recently used entries beyond a budget.
import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/shared/bounded-cache.js";

const bySize = (_key: string, value: string) => value.length;

describe("BoundedCache", () => {
  it("drops the least recently stored entries once the sizes add up to more than the budget", () => {
    const cache = new BoundedCache<string, string>(10, bySize);
    cache.set("a", "1234");
    cache.set("b", "1234");
    expect(cache.size).toBe(2);
    cache.set("c", "1234");
    expect(cache.has("a")).toBe(false);
    expect(cache.get("b")).toBe("1234");
    expect(cache.get("c")).toBe("1234");
  });

  it("counts a read as a use: the entry read last is kept, the one left unread goes", () => {
    const cache = new BoundedCache<string, string>(10, bySize);
    cache.set("a", "1234");
    cache.set("b", "1234");
    expect(cache.get("a")).toBe("1234");
    cache.set("c", "1234");
    expect(cache.has("a")).toBe(true);
    expect(cache.has("b")).toBe(false);
  });

  it("replaces an entry without counting its old size twice, and never keeps one heavier than the budget", () => {
    const cache = new BoundedCache<string, string>(10, bySize);
    cache.set("a", "12345");
    cache.set("a", "123");
    cache.set("b", "1234567");
    expect(cache.get("a")).toBe("123");
    expect(cache.get("b")).toBe("1234567");
    cache.set("huge", "12345678901");
    expect(cache.has("huge")).toBe(false);
    expect(cache.size).toBe(2);
  });

  it("keeps falsy values (null, false) as values, not as absence", () => {
    const cache = new BoundedCache<string, boolean | null>(100, () => 1);
    cache.set("no", false);
    cache.set("none", null);
    expect(cache.get("no")).toBe(false);
    expect(cache.get("none")).toBe(null);
    expect(cache.get("other")).toBeUndefined();
  });
});
