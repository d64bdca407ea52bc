/** The asterisk after a required field's label; screen readers hear `label` ("(bắt buộc)") instead. */
export function RequiredMark({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 text-accent-700">
        *
      </span>
      <span className="sr-only"> {label}</span>
    </>
  );
}
