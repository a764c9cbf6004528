import { handleBookingRequest } from "@/lib/booking/web/api";
import { siteContext } from "@/lib/runtime";

export function POST(request: Request) {
  return handleBookingRequest(request, siteContext());
}
