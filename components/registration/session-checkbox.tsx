/** One session to tick, with its time, venue and the seats it has left (or that it is full). */
export function SessionCheckbox({
  id,
  value,
  title,
  details,
  seatsLabel,
  isFull,
  defaultChecked,
  isInvalid,
}: {
  id: string;
  value: string;
  title: string;
  details: string;
  seatsLabel: string;
  isFull: boolean;
  defaultChecked?: boolean;
  isInvalid?: boolean;
}) {
  return (
    <label
      htmlFor={id}
      className="flex cursor-pointer gap-3 rounded-lg border border-brand-100 bg-white p-4 shadow-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
    >
      <input
        id={id}
        type="checkbox"
        name="sessions"
        value={value}
        defaultChecked={defaultChecked}
        aria-invalid={isInvalid || undefined}
        className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
      />
      <span className="min-w-0">
        <span className="block font-semibold text-ink">{title}</span>
        <span className="mt-1 block text-sm text-muted">{details}</span>
        <span
          className={`mt-2 inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${
            isFull ? "bg-accent-100 text-accent-700" : "bg-brand-100 text-brand-800"
          }`}
        >
          {seatsLabel}
        </span>
      </span>
    </label>
  );
}
