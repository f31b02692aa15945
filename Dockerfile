# The image the Kubernetes example of docs/sweeps.md runs: docker build -t viralsim:latest .
# Stage 1 builds the jar with Maven; stage 2 is a Java 17 runtime with the jar, the launcher and the
# scenarios, working in /opt/viralsim, so that "./viralsim sweep ..." runs as in a clone.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -Dstyle.color=never dependency:go-offline
COPY src/main src/main
COPY scenarios scenarios
RUN mvn -B -q -Dstyle.color=never -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /opt/viralsim
COPY --from=build /src/target/viralsim.jar target/viralsim.jar
COPY viralsim ./
COPY scenarios scenarios
COPY data data
# The launcher rebuilds a jar older than the sources; here there is nothing to rebuild it with.
RUN touch target/viralsim.jar
ENTRYPOINT []
CMD ["./viralsim", "--help"]
