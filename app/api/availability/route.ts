import { handleAvailabilityRequest } from "@/lib/booking/web/api";
import { bookingContext } from "@/lib/runtime";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleAvailabilityRequest(request, bookingContext());
}
