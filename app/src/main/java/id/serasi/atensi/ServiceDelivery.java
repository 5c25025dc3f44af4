package id.serasi.atensi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One delivery of an ATENSI service form of the approved plan. */
@Entity
@Table(name = "service_delivery")
public class ServiceDelivery extends CaseRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "service_form")
    private ServiceForm serviceForm;
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;
    private String activities;

    protected ServiceDelivery() {
    }

    public ServiceDelivery(Long caseId, String author, Instant createdAt, ServiceForm serviceForm, LocalDate deliveredOn, String activities) {
        super(caseId, author, createdAt);
        this.serviceForm = serviceForm;
        this.deliveredOn = deliveredOn;
        this.activities = activities;
    }

    public ServiceForm getServiceForm() {
        return serviceForm;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getActivities() {
        return activities;
    }
}
