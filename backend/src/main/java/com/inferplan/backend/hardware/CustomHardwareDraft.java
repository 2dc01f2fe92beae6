package com.inferplan.backend.hardware;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters for a custom accelerator, in the units people quote (TFLOP/s, GB, TB/s,
 * GB/s). One source and status cover every figure of the entry. A mutable bean because the
 * Vaadin form and the REST body bind to it; {@link CustomHardwareMapper} turns it into an
 * {@code Accelerator} that the catalog validator then checks for physical plausibility.
 */
public class CustomHardwareDraft {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "use 2-63 lower-case letters, digits and hyphens")
    private String id;
    @NotBlank
    @Size(max = 100)
    private String vendor;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Pattern(regexp = "gpu|tpu|wafer-scale|lpu|rdu|asic-accelerator|cpu",
            message = "must be one of gpu, tpu, wafer-scale, lpu, rdu, asic-accelerator, cpu")
    private String kind = "gpu";
    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double bf16Tflops;
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double fp8Tflops;
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double fp4Tflops;
    @NotBlank
    @Pattern(regexp = "(?i)on_chip_sram|hbm|dram|external_store",
            message = "must be one of on_chip_sram, hbm, dram, external_store")
    private String memoryKind = "hbm";
    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double memoryGb;
    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double memoryTbPerSecond;
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double scaleUpGbPerSecond;
    @Min(1)
    @Max(100_000)
    private Integer scaleUpDomainChips = 1;
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
    private Double powerWatts;
    @NotBlank
    @Size(max = 200)
    private String sourceTitle;
    @Size(max = 1000)
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http:// or https:// address")
    private String sourceUrl;
    @NotBlank
    @Pattern(regexp = "USER_SUPPLIED|VENDOR_PUBLISHED|THIRD_PARTY|DERIVED",
            message = "must be one of USER_SUPPLIED, VENDOR_PUBLISHED, THIRD_PARTY, DERIVED")
    private String status = "USER_SUPPLIED";
    @Size(max = 2000)
    private String derivation;
    private int version;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getVendor() { return vendor; }
    public void setVendor(String vendor) { this.vendor = vendor; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Double getBf16Tflops() { return bf16Tflops; }
    public void setBf16Tflops(Double bf16Tflops) { this.bf16Tflops = bf16Tflops; }
    public Double getFp8Tflops() { return fp8Tflops; }
    public void setFp8Tflops(Double fp8Tflops) { this.fp8Tflops = fp8Tflops; }
    public Double getFp4Tflops() { return fp4Tflops; }
    public void setFp4Tflops(Double fp4Tflops) { this.fp4Tflops = fp4Tflops; }
    public String getMemoryKind() { return memoryKind; }
    public void setMemoryKind(String memoryKind) { this.memoryKind = memoryKind; }
    public Double getMemoryGb() { return memoryGb; }
    public void setMemoryGb(Double memoryGb) { this.memoryGb = memoryGb; }
    public Double getMemoryTbPerSecond() { return memoryTbPerSecond; }
    public void setMemoryTbPerSecond(Double memoryTbPerSecond) { this.memoryTbPerSecond = memoryTbPerSecond; }
    public Double getScaleUpGbPerSecond() { return scaleUpGbPerSecond; }
    public void setScaleUpGbPerSecond(Double scaleUpGbPerSecond) { this.scaleUpGbPerSecond = scaleUpGbPerSecond; }
    public Integer getScaleUpDomainChips() { return scaleUpDomainChips; }
    public void setScaleUpDomainChips(Integer scaleUpDomainChips) { this.scaleUpDomainChips = scaleUpDomainChips; }
    public Double getPowerWatts() { return powerWatts; }
    public void setPowerWatts(Double powerWatts) { this.powerWatts = powerWatts; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String sourceTitle) { this.sourceTitle = sourceTitle; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDerivation() { return derivation; }
    public void setDerivation(String derivation) { this.derivation = derivation; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
