/**
 * A stored E.164 number (`+84905123456`) as Vietnamese readers write it: mobiles `0905 123 456`,
 * landlines with their four-digit area code `0255 3822 111`. Anything else is shown as stored.
 */
export function formatPhoneNumber(phone: string | null): string {
  if (!phone) return "";
  const national = phone.replace(/^\+84/, "0");
  if (!/^0\d{9,10}$/.test(national)) return phone;
  return national.length === 10
    ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
    : `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
}
