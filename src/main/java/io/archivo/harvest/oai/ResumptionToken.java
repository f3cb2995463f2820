package io.archivo.harvest.oai;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The state of a list request between pages: what was asked, the id bound fixed by the first page (records first
 * seen later are left to the next incremental harvest), the last id delivered and the counts.
 */
record ResumptionToken(boolean records, String prefix, String set, OffsetDateTime from, OffsetDateTime until,
        long bound, long after, long cursor, long completeListSize, Instant expires) {

    String serialise() {
        return String.join("|", records ? "R" : "I", prefix, set == null ? "" : set, epoch(from), epoch(until),
                Long.toString(bound), Long.toString(after), Long.toString(cursor), Long.toString(completeListSize),
                Long.toString(expires.getEpochSecond()));
    }

    static ResumptionToken parse(String text) {
        String[] f = text.split("\\|", -1);
        if (f.length != 10 || !(f[0].equals("R") || f[0].equals("I"))) {
            throw new IllegalArgumentException("malformed");
        }
        return new ResumptionToken(f[0].equals("R"), f[1], f[2].isEmpty() ? null : f[2], time(f[3]), time(f[4]),
                Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]),
                Instant.ofEpochSecond(Long.parseLong(f[9])));
    }

    private static String epoch(OffsetDateTime t) {
        return t == null ? "" : Long.toString(t.toEpochSecond());
    }

    private static OffsetDateTime time(String s) {
        return s.isEmpty() ? null : OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(s)), ZoneOffset.UTC);
    }
}
