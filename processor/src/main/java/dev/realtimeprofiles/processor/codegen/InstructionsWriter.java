package dev.realtimeprofiles.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.realtimeprofiles.processor.model.ComponentModel;
import dev.realtimeprofiles.processor.model.InstructionsTemplate;
import dev.realtimeprofiles.processor.model.ProfileModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The {@code instructions(values)} method of a record profile: its instructions with each {@code
 * {name}} replaced by the record component {@code name} as text. A null component is a
 * {@code NullPointerException} naming it ("OrderHelp.customer() is null").
 */
final class InstructionsWriter {
  private InstructionsWriter() {}

  static MethodSpec write(ProfileModel p, TypeName record) {
    InstructionsTemplate template = InstructionsTemplate.parse(p.instructions().value());
    NameAllocator names = new NameAllocator();
    String values = names.newName("values");
    Map<String, ComponentModel> components = new LinkedHashMap<>();
    for (ComponentModel c : p.components()) {
      components.put(c.name(), c);
    }
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T.requireNonNull($N, $S)", Objects.class, values, values + " == null");
    Map<String, String> locals = new LinkedHashMap<>();
    for (String placeholder : template.placeholders()) {
      ComponentModel c = components.get(placeholder);
      String local = names.newName(placeholder);
      locals.put(placeholder, local);
      TypeName type = TypeName.get(c.type());
      if (c.type().getKind().isPrimitive()) {
        body.addStatement("$T $N = $N.$N()", type, local, values, c.name());
      } else {
        String who = String.join(".", p.simpleNames()) + "." + c.name() + "() is null";
        body.addStatement("$T $N = $T.requireNonNull($N.$N(), $S)", type, local, Objects.class,
            values, c.name(), who);
      }
    }
    body.addStatement("return $L", concatenation(template.segments(), components, locals));
    return MethodSpec.methodBuilder("instructions")
        .addJavadoc(
            "The instructions of {@link $T} with each placeholder replaced by the component\nof the"
                + " same name.\n\n@throws NullPointerException if a component the instructions"
                + " use is null\n",
            record)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(record, values)
        .addCode(body.build())
        .build();
  }

  private static CodeBlock concatenation(List<InstructionsTemplate.Segment> segments,
      Map<String, ComponentModel> components, Map<String, String> locals) {
    if (segments.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < segments.size(); i++) {
      if (i > 0) {
        code.add("$W+ ");
      }
      InstructionsTemplate.Segment s = segments.get(i);
      if (s instanceof InstructionsTemplate.Literal literal) {
        code.add("$S", literal.text());
      } else {
        String name = ((InstructionsTemplate.Placeholder) s).name();
        ComponentModel c = components.get(name);
        boolean string =
            TypeName.get(c.type()).withoutAnnotations().equals(ClassName.get(String.class));
        if (string || i > 0) {
          // After a first String operand, + converts the rest to text.
          code.add("$N", locals.get(name));
        } else {
          code.add("$T.valueOf($N)", String.class, locals.get(name));
        }
      }
    }
    return code.build();
  }
}
