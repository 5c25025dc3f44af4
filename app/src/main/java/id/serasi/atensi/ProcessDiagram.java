package id.serasi.atensi;

import java.util.Set;

/** The model a case runs on, with the steps now active and those already done, for drawing. */
public record ProcessDiagram(String bpmnXml, Set<String> active, Set<String> completed) {
}
