# Serasi for the production stack (docker-compose.yml). Build: docker build -t serasi .
# Stage 1 builds the production jar (Vaadin frontend bundled; npm comes from Debian's packages, the frontend's
# packages from the npm registry); stage 2 runs it on a JRE as an unprivileged user.
FROM maven:3.9-eclipse-temurin-17 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -Pproduction -pl ui -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/serasi --create-home serasi \
    && mkdir -p /var/lib/serasi/attachments \
    && chown -R serasi:serasi /var/lib/serasi
COPY --from=build /src/ui/target/serasi.jar /opt/serasi/serasi.jar
COPY keycloak-realm /opt/serasi/keycloak-realm
USER serasi
WORKDIR /var/lib/serasi
ENV SPRING_PROFILES_ACTIVE=prod \
    SERASI_REALM_FILE=/opt/serasi/keycloak-realm/serasi-realm.json \
    SERASI_ATTACHMENTS_DIR=/var/lib/serasi/attachments
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/serasi/serasi.jar"]
