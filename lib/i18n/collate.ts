// Vietnamese alphabetical order, as people expect a list of names: Ă and Â after A, Đ after D, a toned
// letter beside its bare one ("Ân" before "Bình", "Đặng" after "Dương"). A byte-wise sort would put
// every accented initial after Z.
const vietnamese = new Intl.Collator("vi");

/** Compares two people by full name in Vietnamese order; for `sort`/`toSorted`. */
export function byFullName(a: { fullName: string }, b: { fullName: string }): number {
  return vietnamese.compare(a.fullName, b.fullName);
}
