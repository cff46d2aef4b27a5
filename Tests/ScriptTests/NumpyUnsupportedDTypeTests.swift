import XCTest
@testable import Script

/// numpy dtypes gradstep's arrays cannot hold fail with an error naming the dtype (not an
/// AttributeError suggesting another name), by attribute and by dtype string.
final class NumpyUnsupportedDTypeTests: XCTestCase {
    func testUnsupportedDTypesNameThemselves() {
        for source in ["import numpy as np\nx = np.zeros(3, dtype=np.complex64)\n",
                       "import numpy as np\nx = np.ones(2, dtype='longdouble')\n",
                       "import numpy as np\nx = np.array([1, 2]).astype('c16')\n"] {
            let (_, error) = OracleCasesTests.run(source)
            XCTAssertTrue(error?.hasPrefix("NotImplementedError: numpy's ") ?? false, "\(source): \(error ?? "no error")")
            XCTAssertTrue(error?.contains("dtype is not supported by gradstep") ?? false, "\(source): \(error ?? "no error")")
        }
        let (out, error) = OracleCasesTests.run("import numpy as np\nprint(np.zeros(2, dtype=np.uint8).dtype)\n")
        XCTAssertNil(error)
        XCTAssertEqual(out, "uint8\n")
    }
}
