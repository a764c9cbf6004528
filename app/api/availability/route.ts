import { handleAvailabilityRequest } from "@/lib/booking/api";
import { bookingContext } from "@/lib/booking/context";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleAvailabilityRequest(request, bookingContext());
}
