terraform {
  required_version = ">= 1.6"
}

variable "chunk_size" {
  type    = number
  default = 50000
}

# The bucket that keeps refinement output.
resource "aws_s3_bucket" "output" {
  bucket        = "hotpass-${var.environment}-output"
  force_destroy = false
  tags = {
    Owner = "data-platform"
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.output.arn
  sensitive = true
}

locals {
  names = [for s in var.sources : upper(s) if s != null]
}
