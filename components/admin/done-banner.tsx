/** The outcome of a write that redirected here (`?done=…`), as a polite status above the page. */
export function DoneBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="status" className="mb-6 rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 font-semibold text-emerald-800">
      {message}
    </div>
  );
}
