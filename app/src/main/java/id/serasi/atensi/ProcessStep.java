package id.serasi.atensi;

import java.time.Instant;

/** One step the engine took in a case's process: a task, a decision, a timer, an end. */
public record ProcessStep(String name, String kind, Instant started, Instant ended, String assignee, boolean cancelled) {
}
