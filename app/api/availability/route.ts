import { handleAvailabilityRequest } from "@/lib/booking/web/api";
import { siteContext } from "@/lib/runtime";
import { unlessDatabaseUnavailable } from "@/lib/runtime/database-unavailable";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return unlessDatabaseUnavailable(() => handleAvailabilityRequest(request, siteContext()));
}
