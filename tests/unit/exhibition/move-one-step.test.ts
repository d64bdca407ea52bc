import { describe, expect, it } from "vitest";
import { moveOneStep } from "@/lib/exhibition/rules";

describe("moving a booth picture one place", () => {
  it("swaps it with its neighbour", () => {
    expect(moveOneStep(["a", "b", "c"], "c", "up")).toEqual(["a", "c", "b"]);
    expect(moveOneStep(["a", "b", "c"], "a", "down")).toEqual(["b", "a", "c"]);
  });

  it("refuses to move past either end or a picture that is not there", () => {
    expect(moveOneStep(["a", "b"], "a", "up")).toBeNull();
    expect(moveOneStep(["a", "b"], "b", "down")).toBeNull();
    expect(moveOneStep(["a", "b"], "z", "up")).toBeNull();
  });
});
