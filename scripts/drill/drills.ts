import type { Drill } from "./drill-context";
import { backupRestore } from "./backup-restore";
import { calendarDown } from "./calendar-down";
import { crashUnderLoad } from "./crash-under-load";
import { databaseGone } from "./database-gone";
import { mailOutage } from "./mail-outage";
import { slowClients } from "./slow-clients";
import { twoServers } from "./two-servers";

/** Every drill, in the order. */
export const drills: Drill[] = [crashUnderLoad, mailOutage, twoServers, databaseGone, slowClients, calendarDown, backupRestore];
