package org.sgbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SgBridgeApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	/**
	 * Each business module offers the others a small API, its {@code api} named interface (a facade,
	 * its events and the records they carry); a public class of a module that is not in it (a
	 * controller, a policy, a repository) is for that module alone. {@code verify()} enforces this
	 * through each module's {@code allowedDependencies = "x :: api"}; this test says which use breaks
	 * it, and that every module other than the open {@code platform} declares such an API.
	 */
	@Test
	void modulesDependOnlyOnEachOthersApiInterface() {
		List<String> outsideApi = modules.stream()
			.flatMap(module -> module.getDirectDependencies(modules).stream())
			.filter(dependency -> !dependency.getTargetModule().getIdentifier().toString().equals("platform"))
			.filter(dependency -> dependency.getTargetModule().getNamedInterfaces().getByName("api")
				.map(api -> !api.contains(dependency.getTargetType()))
				.orElse(true))
			.map(dependency -> dependency.getSourceType().getName() + " -> " + dependency.getTargetType().getName())
			.distinct()
			.toList();
		assertThat(outsideApi).as("uses of another module's types outside its api named interface").isEmpty();

		List<String> used = modules.stream()
			.flatMap(module -> module.getDirectDependencies(modules).uniqueModules())
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.filter(name -> !name.equals("platform"))
			.distinct()
			.toList();
		for (String name : used) {
			assertThat(modules.getModuleByName(name).orElseThrow().getNamedInterfaces().getByName("api"))
				.as("module %s, used by others, declares an api named interface", name)
				.isPresent();
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
