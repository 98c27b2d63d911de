package org.dydisnix.cli.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RendererTest {

    @Test
    void picturesAreNamedAsDotDashONamesThem() {
        assertThat(Renderer.suffix("svg")).isEqualTo("svg");
        assertThat(Renderer.suffix("plain-ext")).isEqualTo("plain-ext");
        assertThat(Renderer.suffix("svg:cairo")).isEqualTo("cairo.svg");
        assertThat(Renderer.suffix("svg:cairo:cairo")).isEqualTo("cairo.cairo.svg");
    }
}
