package id.serasi.tasks;

/** A supervisor moved a leaving worker's work in a unit to a colleague; features move what else they hold. */
public record WorkHandedOver(String fromUsername, String toUsername, String unitCode, String supervisor) {
}
