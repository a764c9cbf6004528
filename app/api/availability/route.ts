import { handleAvailabilityRequest } from "@/lib/booking/web/api";
import { siteContext } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleAvailabilityRequest(request, siteContext());
}
