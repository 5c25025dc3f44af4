package id.serasi.atensi;

import java.time.Duration;

/** A case left a stage (for the stage-duration figures); published in the transaction that moved it. */
public record StageCompleted(String unit, Stage stage, Duration took) {
}
