package id.serasi.atensi.workflow;

import id.serasi.atensi.AtensiCase;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts ATENSI process instances and delivers the events that interrupt them. */
@Component
public class AtensiProcess {

    public static final String PROCESS_KEY = "atensi-rehabilitation";
    static final String MESSAGE_TRANSFERRED = "atensi-case-transferred";
    static final String MESSAGE_ENDED_EARLY = "atensi-case-ended-early";
    static final String CASE_ID = "caseId";
    static final String UNIT_CODE = "unitCode";
    static final String TARGET_GROUP = "targetGroup";
    static final String VULNERABLE = "vulnerable";
    static final String AGE = "age";
    static final String EMERGENCY = "emergency";
    static final String TRANSFERRED = "transferred";

    private final RuntimeService runtime;

    AtensiProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the lifecycle of a registered case, with what triage needs; answers the process instance id. */
    public String start(AtensiCase atensiCase, int age) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_ID, atensiCase.getId());
        variables.put(UNIT_CODE, atensiCase.getUnitCode());
        variables.put(TARGET_GROUP, atensiCase.getTargetGroup().name());
        variables.put(VULNERABLE, atensiCase.getBeneficiary().isVulnerable());
        variables.put(AGE, age);
        variables.put(EMERGENCY, atensiCase.isEmergency());
        return runtime.startProcessInstanceByKey(PROCESS_KEY, atensiCase.getCaseNumber(), variables).getId();
    }

    /** Interrupts the case work; the receiving unit's supervisors are asked to accept it. */
    public void transfer(String processInstanceId, String toUnit) {
        runtime.createMessageCorrelation(MESSAGE_TRANSFERRED).processInstanceId(processInstanceId)
                .setVariable(UNIT_CODE, toUnit).setVariable(TRANSFERRED, true).correlate();
    }

    /** Death or withdrawal: the case work stops wherever it stands. */
    public void endEarly(String processInstanceId) {
        runtime.createMessageCorrelation(MESSAGE_ENDED_EARLY).processInstanceId(processInstanceId).correlate();
    }
}
