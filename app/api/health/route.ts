import { getBookingSettings } from "@/lib/content";
import { getStorage } from "@/lib/runtime";
import { checkHealth, healthResponse } from "@/lib/runtime/health";

export const dynamic = "force-dynamic";

/** For a load balancer or an uptime monitor: 200 when this process reaches its database, 503 when it does not. */
export async function GET() {
  return healthResponse(
    await checkHealth({
      storage: getStorage,
      calendars: getBookingSettings().calendars,
      now: new Date(),
      onError: (error) => console.error(`Health: the database is unreachable: ${error instanceof Error ? error.message : String(error)}`),
    }),
  );
}
