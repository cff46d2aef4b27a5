/// SLEEF's double-precision log-gamma (`Sleef_lgammad8_u10`), which PyTorch's float64 lgamma runs on
/// every element through Vectorized<double>::lgamma (vml, tail included), and atanh, with the double-double
/// arithmetic it needs. Written lane by lane from xlgamma_u1, gammak, logk2 and sinpik in SLEEF's
/// src/libm/sleefsimddp.c and src/common/dd.h (Boost licence), as its AVX-512 FMA build computes them.
enum SleefDoubleDouble {
    /// A double-double: the unevaluated sum x + y.
    struct DD {
        var x: Double
        var y: Double
        init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    }

    @inline(__always) static func fma(_ a: Double, _ b: Double, _ c: Double) -> Double { c.addingProduct(a, b) }
    /// `vfmapn`: a·b - c, rounded once.
    @inline(__always) static func fmapn(_ a: Double, _ b: Double, _ c: Double) -> Double { (-c).addingProduct(a, b) }
    /// `vfmanp`: c - a·b, rounded once.
    @inline(__always) static func fmanp(_ a: Double, _ b: Double, _ c: Double) -> Double { c.addingProduct(-a, b) }

    @inline(__always) static func neg(_ d: DD) -> DD { DD(-d.x, -d.y) }
    @inline(__always) static func abs(_ d: DD) -> DD { DD(Swift.abs(d.x), d.x.sign == .minus ? -d.y : d.y) }
    @inline(__always) static func normalize(_ t: DD) -> DD {
        let s = t.x + t.y
        return DD(s, (t.x - s) + t.y)
    }
    @inline(__always) static func scale(_ d: DD, _ s: Double) -> DD { DD(d.x * s, d.y * s) }
    @inline(__always) static func add2(_ x: Double, _ y: Double) -> DD {
        let s = x + y, v = s - x
        return DD(s, (x - (s - v)) + (y - v))
    }
    @inline(__always) static func add2(_ x: DD, _ y: Double) -> DD {
        let s = x.x + y, v = s - x.x
        let w = (x.x - (s - v)) + (y - v)
        return DD(s, w + x.y)
    }
    @inline(__always) static func add2(_ x: Double, _ y: DD) -> DD {
        let s = x + y.x, v = s - x
        return DD(s, ((x - (s - v)) + (y.x - v)) + y.y)
    }
    @inline(__always) static func add(_ x: DD, _ y: DD) -> DD {
        let s = x.x + y.x
        return DD(s, (((x.x - s) + y.x) + x.y) + y.y)
    }
    @inline(__always) static func add2(_ x: DD, _ y: DD) -> DD {
        let s = x.x + y.x, v = s - x.x
        let t = (x.x - (s - v)) + (y.x - v)
        return DD(s, t + (x.y + y.y))
    }
    @inline(__always) static func div(_ n: DD, _ d: DD) -> DD {
        let t = 1 / d.x, s = n.x * t
        let u = fmapn(t, n.x, s)
        let v = fmanp(d.y, t, fmanp(d.x, t, 1))
        return DD(s, fma(s, v, fma(n.y, t, u)))
    }
    @inline(__always) static func mul(_ x: Double, _ y: Double) -> DD {
        let s = x * y
        return DD(s, fmapn(x, y, s))
    }
    @inline(__always) static func squ(_ x: DD) -> DD {
        let s = x.x * x.x
        return DD(s, fma(x.x + x.x, x.y, fmapn(x.x, x.x, s)))
    }
    @inline(__always) static func mul(_ x: DD, _ y: DD) -> DD {
        let s = x.x * y.x
        return DD(s, fma(x.x, y.y, fma(x.y, y.x, fmapn(x.x, y.x, s))))
    }
    @inline(__always) static func mul(_ x: DD, _ y: Double) -> DD {
        let s = x.x * y
        return DD(s, fma(x.y, y, fmapn(x.x, y, s)))
    }

    /// `vtruncate_vi_vd`: toward zero into an int32; 0x80000000 when out of range or NaN.
    @inline(__always) static func truncate(_ v: Double) -> Int32 {
        v > -2_147_483_649 && v < 2_147_483_648 ? Int32(v.rounded(.towardZero)) : Int32.min
    }

    /// logk2: log of a double-double, as a double-double.
    static func logk2(_ d: DD) -> DD {
        // vilogbk_vi_vd on AVX-512 is rint(getexp(x)): the exponent of x, subnormals included; 0, inf and
        // NaN give 0x80000000 (such lanes are overwritten by the caller's selects).
        let v = d.x * (1.0 / 0.75)
        let e = v.isFinite && v != 0 ? Int(v.exponent) : Int(Int32.min)
        let m = DD(SleefDouble.ldexp2(d.x, -e), SleefDouble.ldexp2(d.y, -e))
        let x = div(add2(m, -1), add2(m, 1))
        let x2 = squ(x)
        let x4 = x2.x * x2.x, x8 = x4 * x4
        // POLY7(x2, x4, x8, c6 ... c0) in SLEEF's Estrin form.
        let p3 = fma(x4, 0.13860436390467167910856, fma(x2.x, 0.131699838841615374240845, 0.153914168346271945653214))
        let p4 = fma(x4, fma(x2.x, 0.181816523941564611721589, 0.22222224632662035403996),
                     fma(x2.x, 0.285714285511134091777308, 0.400000000000914013309483))
        var t = fma(x8, p3, p4)
        t = fma(t, x2.x, 0.666666666666664853302393)
        var s = mul(DD(0.693147180559945286226764, 2.319046813846299558417771e-17), Double(e))
        s = add(s, scale(x, 2))
        s = add(s, mul(mul(x2, x), t))
        return s
    }

    /// sinpik: sin(πd) as a double-double.
    static func sinpik(_ d: Double) -> DD {
        let u0 = d * 4
        var q = truncate(u0)
        q = (q &+ (Int32(bitPattern: UInt32(bitPattern: q) >> 31) ^ 1)) & ~1
        let o = q & 2 == 2
        var s = u0 - Double(q)
        let t = s
        s = s * s
        let s2 = mul(t, t)
        var u = o ? 9.94480387626843774090208e-16 : -2.02461120785182399295868e-14
        u = fma(u, s, o ? -3.89796226062932799164047e-13 : 6.948218305801794613277840e-12)
        u = fma(u, s, o ? 1.150115825399960352669010e-10 : -1.75724749952853179952664e-09)
        u = fma(u, s, o ? -2.46113695010446974953590e-08 : 3.133616889668683928784220e-07)
        u = fma(u, s, o ? 3.590860448590527540050620e-06 : -3.65762041821615519203610e-05)
        u = fma(u, s, o ? -0.000325991886927389905997954 : 0.0024903945701927185027435600)
        var x = add2(u * s, o ? DD(0.0158543442438155018914259, -1.04693272280631521908845e-18)
                              : DD(-0.0807455121882807852484731, 3.61852475067037104849987e-18))
        x = add2(mul(s2, x), o ? DD(-0.308425137534042437259529, -1.95698492133633550338345e-17)
                               : DD(0.785398163397448278999491, 3.06287113727155002607105e-17))
        x = mul(x, o ? s2 : DD(t, 0))
        if o { x = add2(x, 1) }
        if q & 4 == 4 { x = DD(-x.x, -x.y) }
        return x
    }

    /// gammak: (log of the gamma function's magnitude part, the rest as a ratio), both double-doubles.
    static func gammak(_ a: Double) -> (DD, DD) {
        let otiny = Swift.abs(a) < 1e-306, oref = a < 0.5
        var x = otiny ? DD(0, 0) : (oref ? add2(1, -a) : DD(a, 0))
        let o0 = 0.5 <= x.x && x.x <= 1.1, o2 = 2.3 <= x.x
        var y = normalize(mul(add2(x, 1), x))
        y = normalize(mul(add2(x, 2), y))
        y = normalize(mul(add2(x, 3), y))
        y = normalize(mul(add2(x, 4), y))
        let o = o2 && x.x <= 7
        var clln = o ? y : DD(1, 0)
        if o { x = add2(x, 5) }
        let t = o2 ? 1 / x.x : normalize(add2(x, o0 ? -1 : -2)).x
        // Three polynomials chosen per element: o2 (large x), o0 (near 1), else (near 2).
        let rows: [(Double, Double, Double)] = [
            (-156.801412704022726379848862, +0.2947916772827614196e+2, +0.7074816000864609279e-7),
            (+1.120804464289911606838558160000, +0.1281459691827820109e+3, +0.4009244333008730443e-6),
            (+13.39798545514258921833306020000, +0.2617544025784515043e+3, +0.1040114641628246946e-5),
            (-0.116546276599463200848033357000, +0.3287022855685790432e+3, +0.1508349150733329167e-5),
            (-1.391801093265337481495562410000, +0.2818145867730348186e+3, +0.1288143074933901020e-5),
            (+0.015056113040026424412918973400, +0.1728670414673559605e+3, +0.4744167749884993937e-6),
            (+0.179540117061234856098844714000, +0.7748735764030416817e+2, -0.6554816306542489902e-7),
            (-0.002481743600264997730942489280, +0.2512856643080930752e+2, -0.3189252471452599844e-6),
            (-0.029527880945699120504851034100, +0.5766792106140076868e+1, +0.1358883821470355377e-6),
            (+0.000540164767892604515196325186, +0.7270275473996180571e+0, -0.4343931277157336040e-6),
            (+0.006403362833808069794787256200, +0.8396709124579147809e-1, +0.9724785897406779555e-6),
            (-0.000162516262783915816896611252, -0.8211558669746804595e-1, -0.2036886057225966011e-5),
            (-0.001914438498565477526465972390, +0.6828831828341884458e-1, +0.4373363141819725815e-5),
            (+7.20489541602001055898311517e-05, -0.7712481339961671511e-1, -0.9439951268304008677e-5),
            (+0.000839498720672087279971000786, +0.8337492023017314957e-1, +0.2050727030376389804e-4),
            (-5.17179090826059219329394422e-05, -0.9094964931456242518e-1, -0.4492620183431184018e-4),
            (-0.000592166437353693882857342347, +0.1000996313575929358e+0, +0.9945751236071875931e-4),
            (+6.97281375836585777403743539e-05, -0.1113342861544207724e+0, -0.2231547599034983196e-3),
            (+0.000784039221720066627493314301, +0.1255096673213020875e+0, +0.5096695247101967622e-3),
            (-0.000229472093621399176949318732, -0.1440498967843054368e+0, -0.1192753911667886971e-2),
            (-0.002681327160493827160473958490, +0.1695571770041949811e+0, +0.2890510330742210310e-2),
            (+0.003472222222222222222175164840, -0.2073855510284092762e+0, -0.7385551028674461858e-2),
            (+0.083333333333333333335592087900, +0.2705808084277815939e+0, +0.2058080842778455335e-1),
        ]
        func pick(_ r: (Double, Double, Double)) -> Double { o2 ? r.0 : (o0 ? r.1 : r.2) }
        var u = pick(rows[0])
        for r in rows.dropFirst() { u = fma(u, t, pick(r)) }

        y = mul(add2(x, -0.5), logk2(x))
        y = add2(y, neg(x))
        y = add2(y, DD(0.91893853320467278056, -3.8782941580672414498e-17))  // 0.5·log(2π)

        var z = add2(mul(u, t), o0 ? -0.4006856343865314862e+0 : -0.6735230105319810201e-1)
        z = add2(mul(z, t), o0 ? +0.8224670334241132030e+0 : +0.3224670334241132030e+0)
        z = add2(mul(z, t), o0 ? -0.5772156649015328655e+0 : +0.4227843350984671345e+0)
        z = mul(z, t)

        var clc = o2 ? y : z
        var clld = o2 ? add2(mul(u, t), 1) : DD(1, 0)
        y = clln
        clc = otiny ? DD(83.1776616671934334590333, 3.67103459631568507221878e-15)  // log(2^120)
            : (oref ? add2(DD(1.1447298858494001639, 1.026595116270782638e-17), neg(clc)) : clc)  // log(π)
        clln = otiny ? DD(1, 0) : (oref ? clln : clld)
        var reflected = DD(0, 0)
        if oref {
            let k = Double(1 << 28), scaled = a * (1.0 / Double(1 << 28))
            reflected = mul(clld, sinpik(a - k * Double(truncate(scaled))))
        }
        clld = otiny ? DD(a * (Double(1 << 60) * Double(1 << 60)), 0) : (oref ? reflected : y)
        return (clc, div(clln, clld))
    }

    /// xatanh (Sleef_atanhd8_u10), which PyTorch's float64 atanh runs in its vector loop.
    static func atanh(_ x: Double) -> Double {
        var y = Swift.abs(x)
        let d = logk2(div(add2(1, y), add2(1, -y)))
        y = y > 1 ? .nan : (y == 1 ? .infinity : (d.x + d.y) * 0.5)
        y = Double(bitPattern: y.bitPattern ^ (x.bitPattern & 0x8000_0000_0000_0000))
        if x.isInfinite || y.isNaN { y = .nan }
        return x.isNaN ? .nan : y
    }

    /// xlgamma_u1 (Sleef_lgammad8_u10).
    static func lgamma(_ a: Double) -> Double {
        let (ga, gb) = gammak(a)
        let y = add2(ga, logk2(abs(gb)))
        var r = y.x + y.y
        let isInt = a == a.rounded(.towardZero)
        if a.isInfinite || (a <= 0 && isInt) || (!a.isNaN && !a.isInfinite && r.isNaN) { r = .infinity }
        return r
    }
}
