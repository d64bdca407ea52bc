import { AccessFallback } from "@/components/layout/access-fallback";

export default function Unauthorized() {
  return <AccessFallback status="unauthorized" />;
}
