package id.serasi.whistleblowing.workflow;

import id.serasi.whistleblowing.ReportLifecycle;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the whistleblowing model names (and the element templates offer). Each hands the report's number to
 * {@link ReportLifecycle}, inside the engine's transaction.
 */
@Configuration
class ReportDelegates {

    @Bean
    JavaDelegate informingReporter(ReportLifecycle lifecycle) {
        return execution -> lifecycle.informReporter(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate routingComplaint(ReportLifecycle lifecycle) {
        return execution -> lifecycle.routedAsComplaint(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate closingIncompleteReport(ReportLifecycle lifecycle) {
        return execution -> lifecycle.closeIncomplete(execution.getProcessBusinessKey());
    }

    @Bean
    JavaDelegate escalatingReportDeadline(ReportLifecycle lifecycle) {
        return execution -> lifecycle.escalate(execution.getProcessBusinessKey(),
                ClockUtil.getCurrentTime().toInstant());
    }
}
