import { AccessFallback } from "@/components/layout/access-fallback";

export default function Forbidden() {
  return <AccessFallback status="forbidden" />;
}
