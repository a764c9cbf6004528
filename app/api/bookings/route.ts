import { handleBookingRequest } from "@/lib/booking/web/api";
import { siteContext } from "@/lib/runtime";
import { unlessDatabaseUnavailable } from "@/lib/runtime/database-unavailable";

export function POST(request: Request) {
  return unlessDatabaseUnavailable(() => handleBookingRequest(request, siteContext()));
}
