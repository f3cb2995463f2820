package io.archivo.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of one benchmark phase, summarised as the share of CPU samples spent inside chosen methods
 * (inclusive: a sample counts for every listed method on its stack) and the hottest leaf methods.
 */
public final class JfrProfile implements AutoCloseable {

    private final Recording recording;
    private final Path file;
    private boolean stopped;

    public JfrProfile(Path file) throws Exception {
        this(file, null);
    }

    /** With execution samples every {@code samplePeriod} (default 20 ms): finer for short runs of one page. */
    public JfrProfile(Path file, Duration samplePeriod) throws Exception {
        this.file = file;
        Files.createDirectories(file.getParent());
        // "default" (20 ms samples, no allocation or I/O events with stacks): "profile" slowed a 16-client phase tenfold
        recording = new Recording(Configuration.getConfiguration("default"));
        if (samplePeriod != null) {
            recording.enable("jdk.ExecutionSample").withPeriod(samplePeriod);
        }
        recording.start();
    }

    /** Stops the recording and writes it to the file; later calls do nothing (try-with-resources closes again). */
    @Override
    public void close() throws IOException {
        if (stopped) {
            return;
        }
        stopped = true;
        recording.stop();
        recording.dump(file);
        recording.close();
    }

    /** Lines of the summary: inclusive shares of the frames matching each label's prefix, then the top leaf frames. */
    public List<String> summary(Map<String, String> labelsByPrefix, int leaves) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> leaf = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            leaf.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                labelsByPrefix.forEach((prefix, label) -> {
                    if (n.startsWith(prefix) && seen.add(label)) {
                        inclusive.merge(label, 1, Integer::sum);
                    }
                });
            }
        }
        List<String> out = new ArrayList<>();
        int total = Math.max(1, samples);
        out.add(String.format(Locale.ROOT, "%d CPU samples (recording %s)", samples, file));
        labelsByPrefix.values().stream().distinct().forEach(label -> out.add(String.format(Locale.ROOT, "  %5.1f %%  %s",
                100.0 * inclusive.getOrDefault(label, 0) / total, label)));
        out.add("  hottest leaf methods:");
        leaf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(leaves)
                .forEach(en -> out.add(String.format(Locale.ROOT, "  %5.1f %%  %s", 100.0 * en.getValue() / total, en.getKey())));
        return out;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
