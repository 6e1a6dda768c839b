# Builds and runs RecomEngine on JDK 25: `docker build -t recomengine .` (or `docker compose up`).
# The build stage resolves dependencies in a layer of their own (re-used while pom.xml is unchanged), then builds the
# jar and splits it into Spring Boot's layers; the runtime stage copies the layers from the least to the most often
# changed, runs as a non-root user and leaves out the embedded PostgreSQL binaries (a container always names its
# database through RECOMENGINE_DB_URL).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B --no-transfer-progress -q dependency:go-offline
COPY src src
COPY db db
COPY sdk-js sdk-js
COPY dashboard dashboard
RUN ./mvnw -B --no-transfer-progress -q -DskipTests -Dspotless.check.skip=true package \
 && java -Djarmode=tools -jar target/recomengine.jar extract --layers --destination /layers \
 && rm -f /layers/dependencies/lib/embedded-postgres-binaries-*.jar

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin recomengine \
 && mkdir -p /data && chown recomengine /data
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER recomengine
ENV RECOMENGINE_DATA_DIR=/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health >/dev/null || exit 1
ENTRYPOINT ["java", "-XX:+UseZGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/recomengine.jar"]
