package dev.revgraph.autoconfigure.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the slice tests of this package find. */
@SpringBootApplication
class SliceTestApplication {

}
