package id.serasi.tasks;

/** What a task list shows about the case behind a task. */
public record CaseSummary(String caseNumber, String beneficiaryName, String stage, String priority, String unitCode,
                          String targetGroup) {
}
